# Alternative: members as separate Sequential models, Average layer
# Expect: pass
def build_ensemble():
    x = keras.Input(shape=(6,))

    member1 = keras.Sequential([keras.Input((6,)), keras.layers.Dense(5, activation="relu"),
                                keras.layers.Dense(4, activation="softmax")], name="net")
    member2 = keras.Sequential([keras.Input((6,)), keras.layers.Dense(4, activation="softmax")], name="linear")
    return keras.Model(x, keras.layers.Average()([member1(x), member2(x)]))
