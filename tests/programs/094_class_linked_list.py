# A singly linked list made of Node objects: append, prepend, find, remove, reverse.
class Node:
    def __init__(self, value, next_node=None):
        self.value = value
        self.next = next_node
class LinkedList:
    def __init__(self):
        self.head = None
        self.length = 0
    def prepend(self, value):
        self.head = Node(value, self.head)
        self.length += 1
    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.length += 1
    def to_list(self):
        out = []
        cur = self.head
        while cur is not None:
            out.append(cur.value)
            cur = cur.next
        return out
    def find(self, value):
        i = 0
        cur = self.head
        while cur is not None:
            if cur.value == value:
                return i
            cur = cur.next
            i += 1
        return -1
    def remove(self, value):
        prev = None
        cur = self.head
        while cur is not None:
            if cur.value == value:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                self.length -= 1
                return True
            prev = cur
            cur = cur.next
        return False
    def reverse(self):
        prev = None
        cur = self.head
        while cur is not None:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
ll = LinkedList()
for v in [3, 1, 4, 1, 5]:
    ll.append(v)
ll.prepend(9)
print(ll.to_list(), ll.length, ll.find(4), ll.find(7))
print(ll.remove(1), ll.remove(9), ll.remove(42), ll.to_list(), ll.length)
ll.reverse()
print(ll.to_list())
empty = LinkedList()
empty.reverse()
print(empty.to_list(), empty.remove(1), empty.length)
