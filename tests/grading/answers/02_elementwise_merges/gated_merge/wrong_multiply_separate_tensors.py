# Misconception: Multiply takes the features and the gate as two arguments, as Keras 2
# tutorials wrote it (explained from Keras's own error by keras_errors, no table entry).
# Expect: fail "raised TypeError[\s\S]*a layer was called on separate tensors"
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6, activation="tanh")(signal)
    both = keras.layers.Concatenate()([signal, context])
    gate = keras.layers.Dense(6, activation="sigmoid")(both)
    gated = keras.layers.Multiply()(features, gate)
    return keras.Model([signal, context], keras.layers.Dense(2)(gated))
