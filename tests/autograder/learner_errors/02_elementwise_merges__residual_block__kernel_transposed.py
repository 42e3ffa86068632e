# Mistake: a projection kernel made (units, features).
# Cause: "it is transposed"
# ruff: noqa: F821 -- a notebook cell: keras and np come from the notebook
class Projection(keras.layers.Layer):
    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(16, input_shape[-1]))

    def call(self, x):
        return x @ self.kernel


def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(16)(keras.layers.Dense(32, activation="relu")(flat))
    merged = keras.layers.Add()([branch, Projection()(flat)])
    return keras.Model(features, keras.layers.Dense(3)(keras.layers.Activation("relu")(merged)))
