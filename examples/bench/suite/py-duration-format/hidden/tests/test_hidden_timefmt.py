import unittest
from timefmt import format_duration


class T(unittest.TestCase):
    def test_zero_parts(self):
        self.assertEqual(format_duration(3600), "1h")
        self.assertEqual(format_duration(0), "0s")
        self.assertEqual(format_duration(61), "1m 1s")
