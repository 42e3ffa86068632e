# Misconception: the relu goes on the head, not the branches (explained by the moved-activation mutation, architecture._group_moved, no table entry)
# Expect: fail "the relu that the task puts on each of numbers_branch and text_branch is on head in your model"
def build_two_branch_model():
    n = keras.Input((4,))
    t = keras.Input((6,))
    a = keras.layers.Dense(8)(n)
    b = keras.layers.Dense(8)(t)
    merged = keras.layers.Concatenate()([a, b])
    return keras.Model([n, t], keras.layers.Dense(1, activation="relu")(merged))
