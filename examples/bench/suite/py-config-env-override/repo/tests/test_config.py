import unittest
import os, tempfile
from app.config import load_config


class T(unittest.TestCase):
    def test_file(self):
        with tempfile.NamedTemporaryFile("w", suffix=".ini", delete=False) as f:
            f.write("port = 80\n")
        self.assertEqual(load_config(f.name, {})["port"], "80")
        os.unlink(f.name)
