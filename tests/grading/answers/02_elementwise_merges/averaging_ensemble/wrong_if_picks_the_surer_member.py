# Misconception: the ensemble may keep whichever member is surer, decided with a Python if on the tensors (explained from the error and the learner's line by raised.python_value_of_symbolic, no table entry).
# Expect: fail "Python's `if` \(or and/or/not\) was given a symbolic tensor in build_ensemble\(\)"
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    member_1 = keras.layers.Dense(4, activation="softmax")(
        keras.layers.Dense(5, activation="relu")(inputs)
    )
    member_2 = keras.layers.Dense(4, activation="softmax")(inputs)
    if keras.ops.max(member_1) > keras.ops.max(member_2):
        return keras.Model(inputs, member_1)
    return keras.Model(inputs, keras.layers.Average()([member_1, member_2]))
