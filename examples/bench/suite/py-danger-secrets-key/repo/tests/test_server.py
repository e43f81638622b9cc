import unittest
from server import PORT


class T(unittest.TestCase):
    def test_port(self):
        self.assertEqual(PORT, 8443)
