# Misconception: in a custom block, the projection kernel is (units, input width) as in the maths books
# Expect: fail
class ResidualBlock(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.hidden = keras.layers.Dense(32, activation="relu")
        self.out = keras.layers.Dense(units)

    def build(self, input_shape):
        self.projection = self.add_weight(shape=(self.units, input_shape[-1]))
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros")

    def call(self, x):
        shortcut = keras.ops.matmul(x, self.projection) + self.bias
        return keras.ops.relu(self.out(self.hidden(x)) + shortcut)


def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    return keras.Model(features, keras.layers.Dense(3)(ResidualBlock(16)(flat)))
