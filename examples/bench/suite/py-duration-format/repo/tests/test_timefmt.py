import unittest
from timefmt import format_duration


class T(unittest.TestCase):
    def test_all_parts(self):
        self.assertEqual(format_duration(3661), "1h 1m 1s")
