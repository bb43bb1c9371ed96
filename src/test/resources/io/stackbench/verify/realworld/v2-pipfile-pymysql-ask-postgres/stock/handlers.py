import tornado.web

from stock import store


class ReorderHandler(tornado.web.RequestHandler):
    def get(self):
        parts = store.parts_below_reorder_level()
        self.write({"parts": [{"code": p.code, "on_hand": p.on_hand, "bin": p.bin_location} for p in parts]})


class PartHandler(tornado.web.RequestHandler):
    def get(self, code: str):
        part = store.find_part(code)
        if part is None:
            raise tornado.web.HTTPError(404)
        self.write({"code": part.code, "on_hand": part.on_hand})
