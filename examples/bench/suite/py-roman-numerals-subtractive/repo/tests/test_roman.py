import unittest
from roman import to_roman


class T(unittest.TestCase):
    def test_simple(self):
        self.assertEqual(to_roman(3), "III")
