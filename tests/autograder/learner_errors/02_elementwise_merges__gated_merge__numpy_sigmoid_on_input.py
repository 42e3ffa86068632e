# Mistake: np.exp on a symbolic tensor.
# Cause: "called on a symbolic tensor in build_gated_model\(\)"
# ruff: noqa: F821 -- a notebook cell: keras and np come from the notebook
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6, activation="tanh")(signal)
    both = keras.layers.Concatenate()([signal, context])
    gate = 1 / (1 + np.exp(-keras.layers.Dense(6)(both)))
    return keras.Model(
        [signal, context], keras.layers.Dense(2)(keras.layers.Multiply()([features, gate]))
    )
