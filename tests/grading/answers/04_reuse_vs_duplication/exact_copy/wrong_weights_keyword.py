# Misconception: a layer can be created holding given values, weights=[...] — the Task 3
# tutorial as it stands (Keras 3 takes no such keyword: build it, then set_weights).
# Expect: fail "create the new layer, build it"
def copy_encoder(encoder):
    first, second = encoder.layers
    duplicate = keras.Sequential(
        [
            keras.layers.Dense(6, activation="relu", input_shape=(8,), weights=first.get_weights()),
            keras.layers.Dense(4, weights=second.get_weights()),
        ]
    )
    return duplicate
