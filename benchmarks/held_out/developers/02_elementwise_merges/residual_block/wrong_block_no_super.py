# Misconception: a custom residual block layer does not need super().__init__()
# Expect: fail
class ResidualBlock(keras.layers.Layer):
    def __init__(self, units):
        self.hidden = keras.layers.Dense(32, activation="relu")
        self.out = keras.layers.Dense(units)
        self.projection = keras.layers.Dense(units)

    def call(self, x):
        return keras.ops.relu(self.out(self.hidden(x)) + self.projection(x))


def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    return keras.Model(features, keras.layers.Dense(3)(ResidualBlock(16)(flat)))
