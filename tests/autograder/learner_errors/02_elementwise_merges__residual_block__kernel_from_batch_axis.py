# Mistake: a projection kernel made from input_shape[0].
# Cause: "input_shape\[0\] is the batch axis"
# ruff: noqa: F821 -- a notebook cell: keras and np come from the notebook
class Projection(keras.layers.Layer):
    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[0] or 1, 16))

    def call(self, x):
        return keras.ops.matmul(x, self.kernel)


def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(32, activation="relu")(flat)
    branch = keras.layers.Dense(16)(branch)
    merged = keras.layers.Add()([branch, Projection()(flat)])
    return keras.Model(features, keras.layers.Dense(3)(keras.layers.Activation("relu")(merged)))
