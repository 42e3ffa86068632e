# Misconception: the signal and the context are stacked with axis=0, as in older tutorials;
# axis 0 is the batch axis (explained from Keras's own error by keras_errors, no table entry).
# Expect: fail "raised ValueError[\s\S]*yet the layer was asked to concatenate along another axis"
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6, activation="tanh")(signal)
    both = keras.layers.Concatenate(axis=0)([signal, context])
    gate = keras.layers.Dense(6, activation="sigmoid")(both)
    gated = keras.layers.Multiply()([features, gate])
    return keras.Model([signal, context], keras.layers.Dense(2)(gated))
