# Alternative: subclassed Model
# Expect: pass
class Block(keras.Model):
    def __init__(self):
        super().__init__()
        self.a = keras.layers.Conv2D(8, 3, padding="same", activation="relu")
        self.b = keras.layers.Conv2D(4, 1, activation="relu")
        self.head = keras.layers.Conv2D(2, 1)

    def call(self, x):
        return self.head(keras.ops.concatenate([self.a(x), self.b(x)], axis=-1))


def build_inception_block():
    m = Block()
    m(keras.Input(shape=(16, 16, 3)))
    return m
