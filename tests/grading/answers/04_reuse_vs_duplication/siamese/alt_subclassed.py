# Alternative: a subclassed keras.Model that holds one encoder and calls it twice.
# Expect: pass
class Siamese(keras.Model):
    def __init__(self):
        super().__init__()
        self.encoder = keras.layers.Dense(6, activation="tanh")
        self.head = keras.layers.Dense(1, activation="sigmoid")

    def call(self, inputs):
        left, right = inputs
        both = keras.ops.subtract(self.encoder(left), self.encoder(right))
        return self.head(both)


def build_siamese_model():
    return Siamese()
