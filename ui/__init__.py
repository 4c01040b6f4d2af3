"""The Qt GUI. Imports ``desktop``; ``desktop`` never imports this package."""
