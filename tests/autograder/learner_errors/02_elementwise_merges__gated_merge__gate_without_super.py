# Mistake: a custom gate layer without super().__init__.
# Cause: "Gate\.__init__\(\) does not call super\(\)\.__init__"
# ruff: noqa: F821 -- a notebook cell: keras and np come from the notebook
class Gate(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        self.dense = keras.layers.Dense(units, activation="sigmoid")

    def call(self, x):
        return self.dense(x)


def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6, activation="tanh")(signal)
    gate = Gate(6)(keras.layers.Concatenate()([signal, context]))
    return keras.Model(
        [signal, context], keras.layers.Dense(2)(keras.layers.Multiply()([features, gate]))
    )
