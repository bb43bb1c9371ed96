"""`python -m conduit`: the development server, for when gunicorn is not wanted."""

from conduit.app import create_app

if __name__ == "__main__":
    create_app().run(host="0.0.0.0", port=8080, threaded=True)
