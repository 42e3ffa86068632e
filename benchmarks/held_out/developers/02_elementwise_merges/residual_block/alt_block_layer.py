# Alternative: a custom Layer holding the sublayers of the block
# Expect: pass
class ResidualBlock(keras.layers.Layer):
    def __init__(self, units, hidden, **kwargs):
        super().__init__(**kwargs)
        self.hidden = keras.layers.Dense(hidden, activation="relu")
        self.out = keras.layers.Dense(units)
        self.projection = keras.layers.Dense(units)
        self.add = keras.layers.Add()

    def call(self, x):
        return keras.ops.relu(self.add([self.out(self.hidden(x)), self.projection(x)]))


def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    block = ResidualBlock(16, 32)(flat)
    return keras.Model(features, keras.layers.Dense(3)(block))
