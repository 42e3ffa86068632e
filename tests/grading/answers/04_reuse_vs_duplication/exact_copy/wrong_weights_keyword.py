# Misconception: a layer can be created holding given values, weights=[...] (Keras 3
# takes no such keyword: build it, then set_weights).
# Expect: fail "create the new layer, build it"
def copy_encoder(encoder):
    first, second = encoder.layers
    return keras.Sequential(
        [
            keras.Input((8,)),
            keras.layers.Dense(6, activation="relu", weights=first.get_weights()),
            keras.layers.Dense(4, weights=second.get_weights()),
        ]
    )
