# Mistake: a gate's weight has a fixed size, not the input's width.
# Cause: "self\.w was made with shape=\(6,\)"
# ruff: noqa: F821 -- a notebook cell: keras and np come from the notebook
class Gate(keras.layers.Layer):
    def build(self, input_shape):
        self.w = self.add_weight(shape=(6,))

    def call(self, x):
        return keras.ops.sigmoid(x * self.w)


def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6, activation="tanh")(signal)
    gate = Gate()(keras.layers.Concatenate()([signal, context]))
    return keras.Model(
        [signal, context], keras.layers.Dense(2)(keras.layers.Multiply()([features, gate]))
    )
