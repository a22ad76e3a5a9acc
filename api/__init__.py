"""The tracker's second audience: machines. A REST API (django-ninja) with per-user tokens."""
