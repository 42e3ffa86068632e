# Mistake: a residual-add layer's call() takes two tensors.
# Cause: "call\(\) asks for 'shortcut' separately"
# ruff: noqa: F821 -- a notebook cell: keras and np come from the notebook
class ResidualAdd(keras.layers.Layer):
    def call(self, branch, shortcut):
        return keras.ops.relu(branch + shortcut)


def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(16)(keras.layers.Dense(32, activation="relu")(flat))
    merged = ResidualAdd()([branch, keras.layers.Dense(16)(flat)])
    return keras.Model(features, keras.layers.Dense(3)(merged))
