# Alternative: each member a Sequential model, the second built before the first.
# Expect: pass
def build_ensemble():
    inputs = keras.Input(shape=(10,))
    members = [
        keras.Sequential(
            [keras.layers.Dense(8, activation="relu"), keras.layers.Dense(3, activation="softmax")]
        )
        for _ in range(2)
    ]
    second = members[1](inputs)
    first = members[0](inputs)
    return keras.Model(inputs, keras.layers.Average()([first, second]))
