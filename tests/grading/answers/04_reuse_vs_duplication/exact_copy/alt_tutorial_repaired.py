# Alternative: the tutorial repaired with the fewest edits: its Sequential and input_shape= kept
# (Keras warns, a note, no points lost; the model is built at once), weights= replaced by
# set_weights on the built layers.
# Expect: pass
def copy_encoder(encoder):
    first, second = encoder.layers
    duplicate = keras.Sequential(
        [
            keras.layers.Dense(6, activation="relu", input_shape=(8,)),
            keras.layers.Dense(4),
        ]
    )
    duplicate.layers[0].set_weights(first.get_weights())
    duplicate.layers[1].set_weights(second.get_weights())
    return duplicate
