# Misconception: calling the same layers twice makes two members.
# Expect: fail "one layer instance called 2 times"
def build_ensemble():
    inputs = keras.Input(shape=(10,))
    hidden = keras.layers.Dense(8, activation="relu")
    head = keras.layers.Dense(3, activation="softmax")
    first = head(hidden(inputs))
    second = head(hidden(inputs))
    return keras.Model(inputs, keras.layers.Average()([first, second]))
