# Misconception: Conv2D's default padding is fine for the fused layer (the branches keep the
# 8×8 grid: "same") (explained by structure, no table entry).
# Expect: fail "uses padding=.valid., the task asks for padding=.same."
def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    kernel = k3.copy()
    kernel[1, 1] += k1[0, 0] + np.eye(4, dtype="float32")
    conv = keras.layers.Conv2D(4, 3, activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 4)), conv])
    conv.set_weights([kernel, b3 + b1])
    return model
