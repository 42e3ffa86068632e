# Alternative: a subclassed keras.Model, with the product written as keras.ops.multiply.
# Expect: pass
class GatedModel(keras.Model):
    def __init__(self):
        super().__init__()
        self.features = keras.layers.Dense(6, activation="tanh")
        self.gate = keras.layers.Dense(6, activation="sigmoid")
        self.head = keras.layers.Dense(2)

    def call(self, inputs):
        signal, context = inputs
        gate = self.gate(keras.ops.concatenate([signal, context], axis=1))
        return self.head(keras.ops.multiply(self.features(signal), gate))


def build_gated_model():
    return GatedModel()
