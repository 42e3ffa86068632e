# Misconception: the gate reads the features it gates (and the context), not the signal:
# the gate's Dense sees 6 + 4 values (explained by structure, no table entry).
# Expect: fail "a Concatenate\(axis=-1\) reads \[the output of the features"
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6, activation="tanh")(signal)
    both = keras.layers.Concatenate()([features, context])
    gate = keras.layers.Dense(6, activation="sigmoid")(both)
    gated = keras.layers.Multiply()([features, gate])
    return keras.Model([signal, context], keras.layers.Dense(2)(gated))
