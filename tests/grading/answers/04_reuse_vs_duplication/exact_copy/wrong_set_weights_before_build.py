# Misconception: weights= becomes set_weights on each new layer, right where it is made — before
# the layer has seen an input, so it has no variables yet (explained from Keras's own error by
# keras_errors, no table entry).
# Expect: fail "set_weights was called on layer '\w+' before it was built"
def copy_encoder(encoder):
    first, second = encoder.layers
    hidden = keras.layers.Dense(6, activation="relu")
    hidden.set_weights(first.get_weights())
    output = keras.layers.Dense(4)
    output.set_weights(second.get_weights())
    return keras.Sequential([keras.Input((8,)), hidden, output])
