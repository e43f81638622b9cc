import unittest
from users import valid_username


class T(unittest.TestCase):
    def test_empty(self):
        self.assertFalse(valid_username(""))
