from datetime import datetime

from bottle import Bottle, HTTPError, request

from clinic.queries import appointments_for_day

app = Bottle()


@app.get("/appointments")
def list_appointments():
    try:
        day = datetime.fromisoformat(request.query.get("day") or datetime.now().date().isoformat())
    except ValueError:
        raise HTTPError(400, "day must be YYYY-MM-DD")
    return {"appointments": [
        {"pet": a.pet_name, "vet": a.vet.name, "at": a.starts_at.isoformat()} for a in appointments_for_day(day)
    ]}


if __name__ == "__main__":
    app.run(server="waitress", host="0.0.0.0", port=8080)
