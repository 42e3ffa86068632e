# Misconception: a clone of the block with the same weights is the deployed (fused) block
# Expect: fail
def fuse_repvgg(block):
    copy = keras.models.clone_model(block)
    copy.set_weights(block.get_weights())
    return copy
