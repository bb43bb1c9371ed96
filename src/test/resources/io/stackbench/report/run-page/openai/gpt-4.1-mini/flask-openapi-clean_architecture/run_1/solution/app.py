from flask import Flask, jsonify, request

app = Flask(__name__)
USERS = {}

@app.get('/api/health-check')
def health():
    return jsonify(status='ok')

@app.post('/api/users')
def register():
    user = (request.get_json(silent=True) or {}).get('user') or {}
    if not user.get('email'):
        return jsonify(errors={'email': ['can\'t be blank']}), 422
    USERS[user['email']] = user
    return jsonify(user={'email': user['email'], 'username': user.get('username'), 'token': 'x'}), 201
