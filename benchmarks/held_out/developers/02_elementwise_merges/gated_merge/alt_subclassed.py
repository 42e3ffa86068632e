# Alternative: a subclassed keras.Model
# Expect: pass
class GatedModel(keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.features = keras.layers.Dense(6, activation="tanh")
        self.gate = keras.layers.Dense(6, activation="sigmoid")
        self.head = keras.layers.Dense(2)

    def call(self, inputs):
        signal, context = inputs
        gate = self.gate(keras.ops.concatenate([signal, context], axis=-1))
        return self.head(self.features(signal) * gate)


def build_gated_model():
    model = GatedModel()
    model([keras.Input(shape=(20,)), keras.Input(shape=(4,))])
    return model
