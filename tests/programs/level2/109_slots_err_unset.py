# Reading a slot that was never assigned raises AttributeError.
class Node:
    __slots__ = ("value", "next_node")

    def __init__(self, value):
        self.value = value


head = Node(1)
second = Node(2)
head.next_node = second
print(head.value, head.next_node.value)
print(hasattr(second, "next_node"))
count = 0
node = head
while count < 5:
    print("visit", node.value)
    count += 1
    node = node.next_node
print("not reached")
