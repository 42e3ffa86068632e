# Alternative: a subclassed keras.Model, with the product written as keras.ops.multiply.
# Expect: pass
class GatedModel(keras.Model):
    def __init__(self):
        super().__init__()
        self.features = keras.layers.Dense(8, activation="tanh")
        self.gate = keras.layers.Dense(8, activation="sigmoid")
        self.head = keras.layers.Dense(1)

    def call(self, inputs):
        signal, context = inputs
        return self.head(keras.ops.multiply(self.features(signal), self.gate(context)))


def build_gated_model():
    return GatedModel()
