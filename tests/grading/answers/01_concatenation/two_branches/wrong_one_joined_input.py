# Misconception: one Sequential on 10 concatenated values is the same model (explained from the input shapes by causes._inputs, no table entry)
# Expect: fail "your model has 1 input, the task has 2: one input of 10 values"
def build_two_branch_model():
    return keras.Sequential(
        [keras.Input((10,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)]
    )
