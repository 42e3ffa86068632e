# Alternative: each member a Sequential model used as a layer, keras.layers.average function
# Expect: pass
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    network = keras.Sequential([keras.layers.Dense(5, activation="relu"), keras.layers.Dense(4, activation="softmax")])
    linear = keras.Sequential([keras.layers.Dense(4, activation="softmax")])
    return keras.Model(inputs, keras.layers.average([network(inputs), linear(inputs)]))
