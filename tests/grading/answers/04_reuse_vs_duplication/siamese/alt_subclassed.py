# Alternative: a subclassed keras.Model that holds one encoder and calls it twice.
# Expect: pass
class Siamese(keras.Model):
    def __init__(self):
        super().__init__()
        self.encoder = keras.layers.Dense(4, activation="relu")
        self.head = keras.layers.Dense(1, activation="sigmoid")

    def call(self, inputs):
        left, right = inputs
        both = keras.ops.concatenate([self.encoder(left), self.encoder(right)], axis=-1)
        return self.head(both)


def build_siamese_model():
    return Siamese()
