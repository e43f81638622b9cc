import unittest
import os, tempfile
from app.config import load_config


class T(unittest.TestCase):
    def test_env_wins(self):
        with tempfile.NamedTemporaryFile("w", suffix=".ini", delete=False) as f:
            f.write("# port = 1\nport = 80\n")
        self.assertEqual(load_config(f.name, {"APP_PORT": "8080"})["port"], "8080")
        self.assertEqual(load_config(f.name, {})["port"], "80")
        os.unlink(f.name)
