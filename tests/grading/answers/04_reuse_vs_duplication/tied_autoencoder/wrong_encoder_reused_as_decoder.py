# Misconception: calling the encoder again on the code ties the decoder to it (one layer
# reused on inputs of another width: its kernel reads 12 values, the code has 5)
# (explained from Keras's own error by keras_errors, no table entry).
# Expect: fail "was built for inputs whose last axis is 12, then called on \(None, 5\): one layer instance is reused"
def build_tied_autoencoder():
    inputs = keras.Input(shape=(12,))
    encoder = keras.layers.Dense(5, activation="relu")
    return keras.Model(inputs, encoder(encoder(inputs)))
