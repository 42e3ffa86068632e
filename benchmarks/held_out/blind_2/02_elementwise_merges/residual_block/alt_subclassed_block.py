# Alternative: a custom residual Layer inside a functional model
# Expect: pass
import keras


class ResidualBlock(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.hidden = keras.layers.Dense(32, activation="relu")
        self.out = keras.layers.Dense(16)
        self.proj = keras.layers.Dense(16)

    def call(self, x):
        return keras.ops.relu(self.out(self.hidden(x)) + self.proj(x))


def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    x = keras.layers.Flatten()(features)
    x = ResidualBlock()(x)
    return keras.Model(features, keras.layers.Dense(3)(x))
