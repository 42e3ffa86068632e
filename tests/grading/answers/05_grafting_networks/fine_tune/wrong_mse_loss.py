# Misconception: the loss does not matter when compiling again for fine-tuning (the task keeps
# categorical_crossentropy) (explained from compile's own loss by grafting_networks.check_loss,
# no table entry).
# Expect: fail "compiled with the loss mse where the task asks for categorical_crossentropy"
def prepare_fine_tuning(model, extractor):
    extractor.get_layer("hidden").trainable = False
    extractor.get_layer("norm").trainable = False
    model.compile(optimizer=keras.optimizers.SGD(1e-3), loss="mse")
    return model
