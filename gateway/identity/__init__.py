"""Identity: who sends a request, and whether 139-07 lets them use the upstream they asked for."""
