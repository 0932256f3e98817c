"""Transform: placeholders into the request, original values back into the answer."""
