# Misconception: two Sequential members may end in the same softmax head object (explained by structure: structure._shared_instead reads the graphs' call counts, no table entry)
# Expect: fail "Dense\(4, activation=.softmax.\) is shared: one layer instance serves 2 places.*Dense\(5, activation=.tanh.\) reading"
def build_ensemble():
    head = keras.layers.Dense(4, activation="softmax")
    network = keras.Sequential([keras.layers.Dense(5, activation="relu"), head])
    linear = keras.Sequential([keras.layers.Dense(5, activation="tanh"), head])
    inputs = keras.Input(shape=(6,))
    return keras.Model(inputs, keras.layers.Average()([network(inputs), linear(inputs)]))
