"""Jinja2 templates for the HTML report (a package so that build tools install them as data)."""
