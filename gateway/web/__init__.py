"""Pages for employees and admins, and the feedback endpoint."""
